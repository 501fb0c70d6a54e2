// The tiny job of the peers family's worker-pool round trip, for tinypool and piscina (a module
// whose default export is the task).
export default (x) => x + 1;
