using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.Records;
using SyncConsole.Tenancy;

namespace SyncConsole.Sync;

/// <summary>Core's conflicts on the database, for the scope's tenant.</summary>
internal sealed class DatabaseConflictStore(IDbContextFactory<SyncConsoleDbContext> contexts, TenantScope scope) : IConflictStore
{
    private static readonly string Open = ConflictStatus.Open.ToString();

    public async Task<ConflictRecord?> FindActiveAsync(string connectionId, string stateId, CancellationToken cancellationToken)
    {
        var tenantId = scope.TenantId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Conflicts.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.ConnectionId == connectionId && c.StateId == stateId)
            .Where(c => c.Status == Open || !c.Applied)
            .OrderByDescending(c => c.DetectedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToConflict(row);
    }

    public async Task SaveAsync(ConflictRecord conflict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Conflicts.SingleOrDefaultAsync(c => c.Id == conflict.Id, cancellationToken);
        if (row is null)
        {
            row = new ConflictRow
            {
                Id = conflict.Id,
                TenantId = scope.TenantId,
                ConnectionId = conflict.ConnectionId,
                EntityType = conflict.EntityType.ToWireName(),
                StateId = conflict.StateId,
                Kind = "",
                FieldsJson = "[]",
                Status = "",
            };
            db.Conflicts.Add(row);
        }
        else if (row.TenantId != scope.TenantId)
        {
            throw new InvalidOperationException("A conflict of another tenant cannot be written.");
        }

        row.RecordId = conflict.RecordId;
        row.ExternalId = conflict.ExternalId;
        row.Kind = conflict.Kind.ToString();
        row.DetectedAt = conflict.DetectedAt;
        row.FieldsJson = SyncJson.Write(conflict.Fields);
        row.Status = conflict.Status.ToString();
        row.ChoicesJson = SyncJson.Write(conflict.Choices);
        row.ResolvedBy = conflict.ResolvedBy;
        row.ResolvedAt = conflict.ResolvedAt;
        row.Applied = conflict.Applied;
        await db.SaveChangesAsync(cancellationToken);
    }

    public static ConflictRecord ToConflict(ConflictRow row) => new()
    {
        Id = row.Id,
        ConnectionId = row.ConnectionId,
        EntityType = RecordWrites.ParseType(row.EntityType),
        StateId = row.StateId,
        RecordId = row.RecordId,
        ExternalId = row.ExternalId,
        Kind = Enum.Parse<ConflictKind>(row.Kind),
        DetectedAt = row.DetectedAt,
        Fields = SyncJson.ReadFieldConflicts(row.FieldsJson),
        Status = Enum.Parse<ConflictStatus>(row.Status),
        Choices = SyncJson.ReadChoices(row.ChoicesJson),
        ResolvedBy = row.ResolvedBy,
        ResolvedAt = row.ResolvedAt,
        Applied = row.Applied,
    };
}
