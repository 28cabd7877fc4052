import type { PageProps } from '../store/page-props';

export default function Page(_props: PageProps) {
  return (
    <main id="main" tabIndex={-1}>
      <h1>TODO: lab</h1>
    </main>
  );
}
