/** Microsoft School Data Sync readers: v1 ("SDS format") and v2.1. */
export { readSdsV1 } from './sds-v1';
export { readSdsV21 } from './sds-v21';
