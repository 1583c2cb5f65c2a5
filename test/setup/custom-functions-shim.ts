// A stand-in for the CustomFunctions global that Excel provides to the shared runtime,
// so functions.ts can be imported and called in jest.

class CustomFunctionsError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'CustomFunctions.Error';
  }
}

const registry: Record<string, (...args: unknown[]) => unknown> = {};

(globalThis as any).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: '#VALUE!',
    notAvailable: '#N/A',
    divisionByZero: '#DIV/0!',
    invalidNumber: '#NUM!',
    nullReference: '#NULL!',
    invalidName: '#NAME?',
    invalidReference: '#REF!',
  },
  associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
    if (typeof id === 'string') registry[id] = fn!;
    else Object.assign(registry, id);
  },
  registry,
};
