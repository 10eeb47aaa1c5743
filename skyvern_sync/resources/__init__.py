"""The client's operations, a module per operation group of the operation table, and the call path they share."""
