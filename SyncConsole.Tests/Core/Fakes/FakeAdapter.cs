using System.Globalization;
using System.Runtime.CompilerServices;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>
/// An in-memory provider that behaves like QuickBooks where it matters: integer tokens checked on every write (stale
/// writes refused), remembered idempotency keys (a repeated key replays the first answer), a change feed with deletion
/// notices, and bounded pages.
/// </summary>
internal sealed class FakeAdapter(ManualClock clock, CrashSwitch crash) : IIntegrationAdapter
{
    private readonly Dictionary<(EntityType, string), FakeRow> _rows = [];
    private readonly Dictionary<string, WriteResult> _replies = new(StringComparer.Ordinal);
    private readonly HashSet<(EntityType, string)> _corrupt = [];
    private long _sequence;
    private int _nextId;

    public int PageSize { get; set; } = 2;

    public AuthenticationStatus Authentication { get; set; } = AuthenticationStatus.Authenticated;

    /// <summary>Every write the sync made (replays included).</summary>
    public List<ExternalWrite> Writes { get; } = [];

    /// <summary>Every entity type the sync read (pages, gets, finds).</summary>
    public List<EntityType> Reads { get; } = [];

    public int PagesServed { get; private set; }

    /// <summary>Runs before each write reaches the provider, e.g. to let the application edit meanwhile.</summary>
    public Action<ExternalWrite>? OnWrite { get; set; }

    // Provider-side edits made by "a user of the accounting system".
    public string Add(EntityType entityType, FieldMap fields)
    {
        var id = (++_nextId).ToString(CultureInfo.InvariantCulture);
        Put(entityType, id, 0, fields);
        return id;
    }

    public void Edit(EntityType entityType, string id, Func<FieldMap, FieldMap> change)
    {
        var row = _rows[(entityType, id)];
        Put(entityType, id, row.Token + 1, change(row.Fields!));
    }

    public void Remove(EntityType entityType, string id) => Put(entityType, id, _rows[(entityType, id)].Token + 1, null);

    /// <summary>Makes a record come back with a payload no mapper understands.</summary>
    public void Corrupt(EntityType entityType, string id) => _corrupt.Add((entityType, id));

    public FieldMap? FieldsOf(EntityType entityType, string id) => _rows.GetValueOrDefault((entityType, id))?.Fields;

    public IEnumerable<(string Id, FieldMap Fields)> Live(EntityType entityType) =>
        _rows.Values.Where(r => r.EntityType == entityType && r.Fields is not null).Select(r => (r.Id, r.Fields!));

    public Task<AuthenticationStatus> AuthenticateAsync(string connectionId, CancellationToken cancellationToken) =>
        Task.FromResult(Authentication);

    public async IAsyncEnumerable<ExternalPage> ReadPagesAsync(
        string connectionId, EntityType entityType, string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Reads.Add(entityType);
        var after = cursor is null ? 0 : long.Parse(cursor, CultureInfo.InvariantCulture);
        var changed = _rows.Values.Where(r => r.EntityType == entityType && r.Sequence > after)
            .OrderBy(r => r.Sequence).ToList();
        foreach (var chunk in changed.Chunk(PageSize))
        {
            await Task.Yield();
            PagesServed++;
            yield return new ExternalPage(chunk.Select(ToRecord).ToList(),
                chunk[^1].Sequence.ToString(CultureInfo.InvariantCulture));
        }
    }

    public Task<ExternalRecord?> GetAsync(string connectionId, EntityType entityType, string externalId, CancellationToken cancellationToken)
    {
        Reads.Add(entityType);
        return Task.FromResult(_rows.TryGetValue((entityType, externalId), out var row) ? ToRecord(row) : null);
    }

    public async IAsyncEnumerable<ExternalRecord> FindAsync(
        string connectionId, MatchCriteria criteria, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Reads.Add(criteria.EntityType);
        foreach (var row in _rows.Values.Where(r => r.EntityType == criteria.EntityType && r.Fields is not null).ToList())
        {
            await Task.Yield();
            if (criteria.IsSatisfiedBy(row.Fields!))
            {
                yield return ToRecord(row);
            }
        }
    }

    public Task<WriteResult> WriteAsync(string connectionId, ExternalWrite write, CancellationToken cancellationToken)
    {
        crash.Step();
        OnWrite?.Invoke(write);
        Writes.Add(write);
        if (!_replies.TryGetValue(write.IdempotencyKey, out var result))
        {
            result = Perform(write);
            _replies[write.IdempotencyKey] = result;
        }

        // A crash here is the lost response: the provider wrote, the job never heard back.
        crash.Step();
        return Task.FromResult(result);
    }

    public async Task<IReadOnlyList<WriteResult>> WriteBatchAsync(
        string connectionId, IReadOnlyList<ExternalWrite> writes, CancellationToken cancellationToken)
    {
        var results = new List<WriteResult>();
        foreach (var write in writes)
        {
            results.Add(await WriteAsync(connectionId, write, cancellationToken));
        }

        return results;
    }

    private WriteResult Perform(ExternalWrite write)
    {
        if (write.Operation == ExternalWriteOperation.Create)
        {
            var id = Add(write.EntityType, ((FakeDto)write.Payload!).Fields);
            return WriteResult.Succeeded(ToRecord(_rows[(write.EntityType, id)]));
        }

        if (!_rows.TryGetValue((write.EntityType, write.ExternalId!), out var row) || row.Fields is null)
        {
            return WriteResult.Rejected("Object Not Found");
        }

        if (!string.Equals(row.Token.ToString(CultureInfo.InvariantCulture), write.VersionToken, StringComparison.Ordinal))
        {
            return WriteResult.Stale("Stale Object Error");
        }

        Put(write.EntityType, row.Id, row.Token + 1,
            write.Operation == ExternalWriteOperation.Update ? ((FakeDto)write.Payload!).Fields : null);
        return WriteResult.Succeeded(ToRecord(_rows[(write.EntityType, row.Id)]));
    }

    private void Put(EntityType entityType, string id, int token, FieldMap? fields) =>
        _rows[(entityType, id)] = new FakeRow(entityType, id, token, fields, clock.Tick(), ++_sequence);

    private ExternalRecord ToRecord(FakeRow row) => new(
        row.Id, row.Token.ToString(CultureInfo.InvariantCulture), row.ModifiedAt, row.Fields is null,
        row.Fields is null ? null : _corrupt.Contains((row.EntityType, row.Id)) ? "corrupt" : new FakeDto(row.Fields));

    private sealed record FakeRow(
        EntityType EntityType, string Id, int Token, FieldMap? Fields, DateTimeOffset ModifiedAt, long Sequence);
}
