using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Data;

namespace SyncConsole.Security.DataProtection;

/// <summary>
/// Keeps Data Protection keys in SyncConsole's database, so that every node decrypts every node's cookies and
/// antiforgery tokens, and a restart does not sign everyone out. (The EF Core key store package is not in our
/// NuGet mirror; this is the same small repository.)
/// </summary>
internal sealed class DatabaseXmlRepository(IDbContextFactory<SyncConsoleDbContext> contexts) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey
        {
            FriendlyName = friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
        });
        db.SaveChanges();
    }
}
