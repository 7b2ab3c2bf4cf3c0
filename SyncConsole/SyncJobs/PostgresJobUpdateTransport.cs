using System.Text.Json;
using Npgsql;
using SyncConsole.Core.Orchestration;
using SyncConsole.Data;

namespace SyncConsole.SyncJobs;

/// <summary>
/// Job updates between nodes over PostgreSQL LISTEN/NOTIFY: each node notifies on one channel and listens on a
/// dedicated connection that waits for notifications (no polling). A node ignores its own notifications.
/// </summary>
internal sealed partial class PostgresJobUpdateTransport(
    SyncConsoleDatabase database, IServiceProvider services, ILogger<PostgresJobUpdateTransport> logger)
    : BackgroundService, IJobUpdateTransport
{
    private const string Channel = "syncconsole_jobs";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string node = Guid.NewGuid().ToString("N");
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(database.ConnectionString);

    public void Send(SyncJobUpdate update) => _ = NotifyAsync(update);

    public override void Dispose()
    {
        dataSource.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var broadcaster = services.GetRequiredService<SyncJobBroadcaster>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => Receive(broadcaster, e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (NpgsqlException ex)
            {
                // The database went away: live updates from other nodes pause until it is back.
                LogListenFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private async Task NotifyAsync(SyncJobUpdate update)
    {
        try
        {
            var payload = JsonSerializer.Serialize(new Envelope(node, update.TenantId, update.JobId, update.Status, update.Progress, update.Entities, update.Finished), Json);
            await using var command = dataSource.CreateCommand("SELECT pg_notify(@channel, @payload)");
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("payload", payload);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException ex)
        {
            LogNotifyFailed(logger, update.JobId, ex);
        }
    }

    private void Receive(SyncJobBroadcaster broadcaster, string payload)
    {
        var envelope = JsonSerializer.Deserialize<Envelope>(payload, Json);
        if (envelope is null || envelope.Node == node)
        {
            return;
        }

        broadcaster.PublishLocal(new SyncJobUpdate(envelope.TenantId, envelope.JobId, envelope.Status, envelope.Progress, envelope.Entities, envelope.Finished));
    }

    private sealed record Envelope(
        string Node, Guid TenantId, string JobId, string Status, double Progress, IReadOnlyList<EntityJobSummary> Entities, bool Finished);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for job updates from other nodes failed; retrying")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell other nodes about job {JobId}")]
    private static partial void LogNotifyFailed(ILogger logger, string jobId, Exception exception);
}
