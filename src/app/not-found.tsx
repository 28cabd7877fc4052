import { suggestSlides } from '../lessons/deck';

// The in-app view for a link that names no slide or page: suggestions, never a blank page.
export function NotFound({ path }: { path: string }) {
  const suggestions = suggestSlides(path.split('/')[0] ?? '');
  return (
    <main id="main" tabIndex={-1} className="not-found">
      <h1>Page not found</h1>
      <p>
        There is no slide or page called <code>{path}</code> in FLOPs Lab.
      </p>
      <p>Did you mean one of these?</p>
      <ul>
        {suggestions.map(({ meta, number }) => (
          <li key={meta.id}>
            <a href={`#/${meta.id}`}>
              {number}. {meta.title}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href="#/title">Back to the start of the lecture</a>
      </p>
    </main>
  );
}
