// Actions of this area are exported here (each export a defineAction contract; nothing else).
export {};
