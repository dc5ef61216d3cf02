/** The opening: what the page teaches, and the three verbs. */
export function Opening() {
  return (
    <>
      <p className="lede">
        Machine learning can look like magic from the outside. From the inside, the smallest learning program is three
        steps, repeated: make a guess, see how wrong it is, adjust. This page builds that program one step at a time, with
        one input and one weight, and then lets you run it, slow it down, and break it.
      </p>
      <ol className="verbs">
        <li>
          <a href="#predict">
            <strong>Predict</strong>
          </a>
          :{' '}
          multiply what we know by a weight.
        </li>
        <li>
          <a href="#compare">
            <strong>Compare</strong>
          </a>
          :{' '}
          measure how far the prediction is from the truth.
        </li>
        <li>
          <a href="#learn">
            <strong>Learn</strong>
          </a>
          :{' '}
          nudge the weight to make that distance smaller.
        </li>
      </ol>
    </>
  );
}
