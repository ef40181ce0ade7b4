import type { ShownReview } from '@/lib/sites/content'
import { reviewDate, reviewSummary } from '@/lib/reviews/summary'

/*
 * Clients' reviews as the clinic's site shows them: each with its rating, date, treatment, the name
 * the client chose and the owner's public reply. A critical review looks like any other. No
 * aggregateRating markup goes with them (docs/decisions/0020).
 */

export const ReviewSummary = ({ reviews, clinicName }: { reviews: ShownReview[]; clinicName: string }) => {
  const { count, average } = reviewSummary(reviews)
  if (count === 0) return <p>No reviews yet: {clinicName} asks every treated client for one.</p>
  return (
    <p className="review-summary">
      <strong>{average?.toFixed(1)} out of 5</strong> on average from {count} {count === 1 ? 'review' : 'reviews'} by treated clients. Every treated client is asked; none is left out.
    </p>
  )
}

export const ReviewList = ({ reviews, headingLevel = 2 }: { reviews: ShownReview[]; headingLevel?: 2 | 3 }) => {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="reviews">
      {reviews.map((review) => (
        <li key={review.id}>
          <article aria-label={`Review by ${review.displayName}`}>
            <Heading className="review-rating">{`Rated ${review.rating} out of 5`}</Heading>
            <p className="muted">
              {review.displayName}, <time dateTime={review.submittedAt}>{reviewDate(review.submittedAt)}</time>
              {review.treatment && <> · {review.treatment}</>}
            </p>
            <p className="review-text">{review.text}</p>
            {review.ownerReply && (
              <div className="review-reply">
                <p>
                  <strong>The clinic replied</strong>
                  {review.repliedAt && (
                    <>
                      {' '}
                      on <time dateTime={review.repliedAt}>{reviewDate(review.repliedAt)}</time>
                    </>
                  )}
                  :
                </p>
                <p className="review-text">{review.ownerReply}</p>
              </div>
            )}
          </article>
        </li>
      ))}
    </ul>
  )
}
