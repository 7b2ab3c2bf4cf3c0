namespace SyncConsole.Admin;

/// <summary>
/// Who changes the system default rules, for the audit trail: the admin's tenant (whose trail records the change, as
/// it records every change that admin makes), the admin, and the id that ties together what one save did.
/// </summary>
public sealed record DefaultRuleEditor(Guid TenantId, string Actor, string CorrelationId);
