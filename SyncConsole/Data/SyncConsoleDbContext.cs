using Microsoft.EntityFrameworkCore;
using SyncConsole.Admin;
using SyncConsole.Audit;
using SyncConsole.DeadLetters;
using SyncConsole.Integrations;
using SyncConsole.Jobs;
using SyncConsole.Notifications;
using SyncConsole.Records;
using SyncConsole.Sandbox;
using SyncConsole.Security.DataProtection;
using SyncConsole.Security.Embedding;
using SyncConsole.Sync;
using SyncConsole.SyncJobs;
using SyncConsole.Tenancy;
using SyncConsole.Webhooks;

namespace SyncConsole.Data;

/// <summary>
/// The one model of SyncConsole's own tables. Abstract: each provider has an empty subclass with its own
/// migrations folder, so that both schemas are versioned (stack.md §5).
/// </summary>
public abstract class SyncConsoleDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<HousekeepingRun> HousekeepingRuns => Set<HousekeepingRun>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<RecordRow> Records => Set<RecordRow>();

    public DbSet<RecordChangeRow> RecordChanges => Set<RecordChangeRow>();

    public DbSet<RecordSequenceRow> RecordSequences => Set<RecordSequenceRow>();

    public DbSet<SyncStateRow> SyncStates => Set<SyncStateRow>();

    public DbSet<SyncCursorRow> SyncCursors => Set<SyncCursorRow>();

    public DbSet<ConflictRow> Conflicts => Set<ConflictRow>();

    public DbSet<SyncJobRow> SyncJobs => Set<SyncJobRow>();

    public DbSet<SyncJobResultRow> SyncJobResults => Set<SyncJobResultRow>();

    public DbSet<ConnectionRow> Connections => Set<ConnectionRow>();

    public DbSet<OAuthStateRow> OAuthStates => Set<OAuthStateRow>();

    public DbSet<SyncRuleRow> SyncRules => Set<SyncRuleRow>();

    public DbSet<DefaultRuleRow> DefaultRules => Set<DefaultRuleRow>();

    public DbSet<WebhookEventRow> WebhookEvents => Set<WebhookEventRow>();

    public DbSet<DeadLetterRow> DeadLetters => Set<DeadLetterRow>();

    public DbSet<NotificationEndpointRow> NotificationEndpoints => Set<NotificationEndpointRow>();

    public DbSet<NotificationDeliveryRow> NotificationDeliveries => Set<NotificationDeliveryRow>();

    public DbSet<EmbedTokenUseRow> EmbedTokenUses => Set<EmbedTokenUseRow>();

    public DbSet<SandboxRealmRow> SandboxRealms => Set<SandboxRealmRow>();

    public DbSet<SandboxRecordRow> SandboxRecords => Set<SandboxRecordRow>();

    public DbSet<SandboxReplayRow> SandboxReplays => Set<SandboxReplayRow>();

    public DbSet<SandboxTokenRow> SandboxTokens => Set<SandboxTokenRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SyncConsoleDbContext).Assembly);
    }
}
