import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** DynamoDB's reason code for an item whose condition did not hold. */
const CONDITION_FAILED = 'ConditionalCheckFailed';
/** Another transaction held one of the items at the same moment: nothing was written, worth another attempt. */
const TRANSACTION_CONFLICT = 'TransactionConflict';

/**
 * Why a TransactWriteItems was cancelled, item by item (in the order the items were sent), or
 * null when the error is not a cancelled transaction. Every reading of cancellation reasons goes
 * through here, so what "a condition failed" means is written once.
 */
export function cancellationReasons(
  error: unknown,
): { conditionFailed: (index: number) => boolean; anyConditionFailed: boolean; failedIndexes: number[]; conflicted: boolean } | null {
  if (!(error instanceof TransactionCanceledException)) return null;
  const codes = (error.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
  const failedIndexes = codes.flatMap((code, index) => (code === CONDITION_FAILED ? [index] : []));
  return {
    conditionFailed: (index) => codes[index] === CONDITION_FAILED,
    anyConditionFailed: failedIndexes.length > 0,
    failedIndexes,
    conflicted: failedIndexes.length === 0 && codes.includes(TRANSACTION_CONFLICT),
  };
}
