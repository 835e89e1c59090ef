export * from './mobile';
export * from './resident-id';
export * from './credit-code';
