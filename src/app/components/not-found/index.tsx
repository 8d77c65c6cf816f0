/** A path the app does not know: say so plainly and offer the way home. */
export function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>This page is not in the app. It may have moved.</p>
      <p>
        <a href="/">Go to the home screen</a>
      </p>
    </>
  );
}
