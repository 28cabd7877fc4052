// Scales each handout slide down, where needed, so that it prints on one landscape page.

/** The printable area of a landscape A4 or Letter page with default margins, in CSS pixels. */
const PAGE = { width: 1000, height: 690 };

export function fitSlidesToPages(slides: Iterable<HTMLElement>): void {
  for (const slide of slides) {
    slide.style.zoom = '';
    slide.style.width = `${PAGE.width}px`;
    const height = slide.scrollHeight;
    slide.style.width = '';
    const zoom = Math.min(1, PAGE.height / Math.max(1, height));
    if (zoom < 1) slide.style.zoom = zoom.toFixed(3);
  }
}

export function unfitSlides(slides: Iterable<HTMLElement>): void {
  for (const slide of slides) slide.style.zoom = '';
}
