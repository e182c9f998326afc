import type { GatewayDepartmentUsage } from '@protocol-zero/policies';

type DepartmentBudget = NonNullable<GatewayDepartmentUsage['budget']>;

/**
 * How much of a budget its current period has used: the larger of the token and dollar shares,
 * because the gateway refuses as soon as either limit is reached.
 */
export function budgetShare(b: DepartmentBudget): number {
  const shares = [
    b.maxTokens !== null && b.maxTokens > 0 ? b.usedTokens / b.maxTokens : 0,
    b.maxUsd !== null && b.maxUsd > 0 ? b.usedUsd / b.maxUsd : 0,
  ];
  return Math.max(...shares);
}

/** Departments without a name on their gateway token are shown as one "unassigned" line. */
export const departmentLabel = (d: Pick<GatewayDepartmentUsage, 'department'>): string => d.department ?? 'unassigned';
