import type { Locator } from '@playwright/test';

/** Types 'YYYY-MM-DD' into an NHS date input (day, month and year boxes) named `legend`. */
export async function fillDateInput(scope: Locator, legend: string, date: string): Promise<void> {
  const [year = '', month = '', day = ''] = date.split('-');
  const group = scope.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year);
}
