using Microsoft.EntityFrameworkCore;

namespace SyncConsole.Data;

/// <summary>
/// Rows to write together in the caller's transaction, kept out of EF's change tracker: a sync page writes thousands,
/// and tracking them (identity map, state changes, change detection) cost more than PostgreSQL's work to store them.
/// On PostgreSQL each table's rows go out as one bulk upsert, all in one round trip (<see cref="PostgresBulkSave"/>); on SQLite through
/// SaveChanges. A row is new or was read earlier without tracking (<c>existing</c>) and is written whole; a row added
/// twice is written once, as it was first added.
/// </summary>
internal sealed class RowBatch
{
    private readonly List<object> _rows = [];
    private readonly Dictionary<object, bool> _existing = new(ReferenceEqualityComparer.Instance);

    public void Add(object row, bool existing = false)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (_existing.TryAdd(row, existing))
        {
            _rows.Add(row);
        }
    }

    /// <summary>Adds new rows.</summary>
    public void AddRange(IEnumerable<object> rows)
    {
        foreach (var row in rows)
        {
            Add(row);
        }
    }

    /// <summary>The new rows of a type, in the order they were added.</summary>
    public IEnumerable<T> Inserted<T>() => _rows.OfType<T>().Where(r => !_existing[r!]);

    public async Task SaveAsync(SyncConsoleDbContext db, CancellationToken cancellationToken)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        if (db.Database.IsNpgsql())
        {
            await PostgresBulkSave.UpsertAsync(
                db, _rows.GroupBy(r => r.GetType()).Select(t => (t.Key, (IReadOnlyList<object>)[.. t], t.Any(r => _existing[r]))), cancellationToken);
            return;
        }

        foreach (var row in _rows)
        {
            if (_existing[row])
            {
                db.Update(row);
            }
            else
            {
                db.Add(row);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
