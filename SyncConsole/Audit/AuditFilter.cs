using Microsoft.AspNetCore.Mvc;

namespace SyncConsole.Audit;

/// <summary>The audit trail's query-string filters.</summary>
public sealed record AuditFilter(
    [property: FromQuery(Name = "page_size")] int? PageSize,
    [property: FromQuery(Name = "entity_type")] string? EntityType,
    [property: FromQuery(Name = "record_id")] string? RecordId,
    [property: FromQuery(Name = "actor")] string? Actor,
    [property: FromQuery(Name = "action")] string? Action,
    [property: FromQuery(Name = "from")] DateTimeOffset? From,
    [property: FromQuery(Name = "to")] DateTimeOffset? To)
{
    public bool TryValidate(Dictionary<string, string[]> errors)
    {
        if (From is not null && To is not null && From > To)
        {
            errors["from"] = ["from must not be after to."];
        }

        return errors.Count == 0;
    }

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> query)
    {
        if (EntityType is not null)
        {
            query = query.Where(a => a.EntityType == EntityType);
        }

        if (RecordId is not null)
        {
            query = query.Where(a => a.RecordId == RecordId);
        }

        if (Actor is not null)
        {
            query = query.Where(a => a.Actor == Actor);
        }

        if (Action is not null)
        {
            query = query.Where(a => a.Action == Action);
        }

        if (From is { } from)
        {
            query = query.Where(a => a.At >= from);
        }

        if (To is { } to)
        {
            query = query.Where(a => a.At <= to);
        }

        return query;
    }
}
