// Opens every folded table before printing, so charts print with their numbers.
export function openDetailsForPrint(): void {
  window.addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}
