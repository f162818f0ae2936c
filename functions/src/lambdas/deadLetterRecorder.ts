/** The dead-letter recorder, fed by SQS (contract/queueConsumers.ts): table repositories only, no optional adapter. */
export { handler } from '../handlers/deadLetterRecorder';
