/**
 * Hands on a request's answer, or its failure, unless the caller has moved on by
 * calling the returned function (an effect's cleanup): an answer for an earlier
 * choice that arrives late must not overwrite the one for the current choice.
 */
export function latest<T>(
  request: Promise<T>,
  onanswer: (value: T) => void,
  onfail: (e: unknown) => void,
): () => void {
  let stale = false;
  request.then(
    (value) => {
      if (!stale) onanswer(value);
    },
    (e: unknown) => {
      if (!stale) onfail(e);
    },
  );
  return () => {
    stale = true;
  };
}
