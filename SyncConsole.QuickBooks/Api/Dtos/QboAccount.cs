namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>A chart-of-accounts entry.</summary>
internal sealed class QboAccount : QboEntity, IQboEntity
{
    public static string EntityName => "Account";

    public static bool IsNameList => true;

    public string? Name { get; set; }

    public string? AcctNum { get; set; }

    public string? AccountType { get; set; }

    public string? AccountSubType { get; set; }

    public string? Classification { get; set; }

    public string? Description { get; set; }

    public bool? SubAccount { get; set; }

    public QboRef? ParentRef { get; set; }

    public string? FullyQualifiedName { get; set; }

    public QboRef? CurrencyRef { get; set; }

    public bool? Active { get; set; }

    public decimal? CurrentBalance { get; set; }
}
