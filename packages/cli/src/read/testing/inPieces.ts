/** Text handed over in pieces cut at the given offsets, as a zip part's text arrives. */
export async function* inPieces(text: string, ...cuts: readonly number[]): AsyncGenerator<string> {
  let from = 0;
  for (const cut of cuts) {
    yield text.slice(from, cut);
    from = cut;
  }
  yield text.slice(from);
}
