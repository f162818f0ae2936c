/** The aggregator stream consumer (contract/streamConsumers.ts): table repositories only, no optional adapter. */
export { handler } from '../handlers/aggregator';
