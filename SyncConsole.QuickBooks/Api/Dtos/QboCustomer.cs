namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>A customer (or job, with <see cref="ParentRef"/>).</summary>
internal sealed class QboCustomer : QboParty, IQboEntity
{
    public static string EntityName => "Customer";

    public static bool IsNameList => true;

    public QboAddress? ShipAddr { get; set; }

    public string? Notes { get; set; }

    public bool? Taxable { get; set; }

    public bool? Job { get; set; }

    public QboRef? ParentRef { get; set; }

    public bool? BillWithParent { get; set; }

    public string? FullyQualifiedName { get; set; }
}
