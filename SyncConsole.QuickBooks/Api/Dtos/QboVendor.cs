namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>A vendor.</summary>
internal sealed class QboVendor : QboParty, IQboEntity
{
    public static string EntityName => "Vendor";

    public static bool IsNameList => true;

    public string? PrintOnCheckName { get; set; }

    public string? AcctNum { get; set; }

    public bool? Vendor1099 { get; set; }
}
