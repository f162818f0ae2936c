/**
 * The desk queue's "overdue" filter as a DynamoDB condition: the rule of domain/sla/timeState.ts
 * for the statuses the queue holds, so the filtered rows are exactly the ones shown red.
 * (A held ticket is paused, never overdue; a milestone met once stays met.) Kept beside the
 * repository because it speaks DynamoDB; domain/sla/timeState.test.ts holds the rule's cases.
 */
export function breachedNowCondition(now: Date): { expression: string; names: Record<string, string>; values: Record<string, unknown> } {
  const nullish = (attr: string) => `(attribute_not_exists(${attr}) OR attribute_type(${attr}, :nullType))`;
  const set = (attr: string) => `NOT ${nullish(attr)}`;
  const arriveNotMet = `(${nullish('firstArrivedAt')} AND ${nullish('arrivedAt')})`;
  const waiting = '#status IN (:submitted, :assigned)';
  const acceptMissed = `(${waiting} AND ${nullish('acceptedAt')} AND acceptBy < :now)`;
  const arriveMissed = `(#status IN (:submitted, :assigned, :accepted) AND ${set('acceptedAt')} AND ${arriveNotMet} AND arriveBy < :now)`;
  const reworkMissed = `(${waiting} AND ${set('acceptedAt')} AND NOT ${arriveNotMet} AND reworkAcceptBy < :now)`;
  return {
    expression: `(${acceptMissed} OR ${arriveMissed} OR ${reworkMissed})`,
    names: { '#status': 'status' },
    values: { ':nullType': 'NULL', ':now': now.toISOString(), ':submitted': 'submitted', ':assigned': 'assigned', ':accepted': 'accepted' },
  };
}
