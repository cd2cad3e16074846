/**
 * Test-only fault injection for the writer's crash-safety tests: `CS_GENERATOR_FAULT=<step>:<action>` makes the
 * generator act at a named step of writing its output, exactly as if it had happened there:
 * - steps: `staged` (new files staged, nothing committed), `journaled` (the swap is committed, nothing moved yet),
 *   `applying` (half of the files of a package moved in);
 * - actions: `kill` (SIGKILL to itself: no cleanup runs) or `sigint` (a Ctrl-C delivered at that point).
 * Unset (always, outside tests) it does nothing.
 */
export type FaultStep = 'staged' | 'journaled' | 'applying';

export async function faultPoint(step: FaultStep): Promise<void> {
  const setting = process.env.CS_GENERATOR_FAULT;
  if (setting === undefined || !setting.startsWith(`${step}:`)) return;
  const action = setting.slice(step.length + 1);
  if (action === 'kill') {
    process.kill(process.pid, 'SIGKILL');
    await new Promise(() => undefined); // SIGKILL is delivered asynchronously: never continue past this point
  }
  if (action === 'sigint') process.emit('SIGINT', 'SIGINT');
}
