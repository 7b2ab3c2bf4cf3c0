namespace SyncConsole.Tests.QuickBooks.Mapping;

/// <summary>Realistic QuickBooks responses, shaped after the samples in Intuit's API reference.</summary>
internal static class QboPayloads
{
    public const string Customer = """
        {"Taxable":true,"BillAddr":{"Id":"2","Line1":"4581 Finch St.","City":"Bayshore","CountrySubDivisionCode":"CA","PostalCode":"94326","Country":"USA","Lat":"INVALID"},
         "Notes":"Here are other details.","Job":false,"BillWithParent":false,"Balance":239.0,"BalanceWithJobs":239.0,
         "CurrencyRef":{"value":"USD","name":"United States Dollar"},"PreferredDeliveryMethod":"Print","domain":"QBO","sparse":false,
         "Id":"1","SyncToken":"4","MetaData":{"CreateTime":"2014-09-11T16:48:43-07:00","LastUpdatedTime":"2015-07-01T10:14:15-07:00"},
         "GivenName":"Amy","FamilyName":"Lauterbach","FullyQualifiedName":"Amy's Bird Sanctuary","CompanyName":"Amy's Bird Sanctuary",
         "DisplayName":"Amy's Bird Sanctuary","PrintOnCheckName":"Amy's Bird Sanctuary","Active":true,
         "PrimaryPhone":{"FreeFormNumber":"(650) 555-3311"},"PrimaryEmailAddr":{"Address":"Birds@Intuit.com"}}
        """;

    public const string Vendor = """
        {"PrimaryEmailAddr":{"Address":"Books@Intuit.com"},"Vendor1099":false,"domain":"QBO","GivenName":"Bessie","DisplayName":"Books by Bessie",
         "BillAddr":{"City":"Palo Alto","Line1":"15 Main St.","PostalCode":"94303","CountrySubDivisionCode":"CA","Id":"31"},
         "SyncToken":"0","PrintOnCheckName":"Books by Bessie","FamilyName":"Williams","PrimaryPhone":{"FreeFormNumber":"(650) 555-7745"},
         "AcctNum":"1345","CompanyName":"Books by Bessie","WebAddr":{"URI":"http://www.booksbybessie.co"},"sparse":false,"Active":true,"Balance":0,
         "Id":"30","MetaData":{"CreateTime":"2014-09-12T10:07:56-07:00","LastUpdatedTime":"2014-09-17T11:13:46-07:00"},"CurrencyRef":{"value":"USD"}}
        """;

    public const string Account = """
        {"FullyQualifiedName":"MyJobs","domain":"QBO","Name":"MyJobs","Classification":"Asset","AccountSubType":"AccountsReceivable",
         "CurrencyRef":{"name":"United States Dollar","value":"USD"},"CurrentBalanceWithSubAccounts":0,"sparse":false,
         "MetaData":{"CreateTime":"2014-12-31T09:29:05-08:00","LastUpdatedTime":"2014-12-31T09:29:05-08:00"},"AccountType":"Accounts Receivable",
         "CurrentBalance":0,"Active":true,"SyncToken":"0","Id":"94","SubAccount":false}
        """;

    public const string Item = """
        {"FullyQualifiedName":"Garden Supplies","domain":"QBO","Id":"19","Name":"Garden Supplies","TrackQtyOnHand":true,"UnitPrice":0,
         "PurchaseCost":0,"QtyOnHand":10,"IncomeAccountRef":{"name":"Sales of Product Income","value":"79"},
         "AssetAccountRef":{"name":"Inventory Asset","value":"81"},"Taxable":false,"sparse":false,"Active":true,"SyncToken":"0",
         "InvStartDate":"2015-01-01","Type":"Inventory","ExpenseAccountRef":{"name":"Cost of Goods Sold","value":"80"},
         "Description":"Seeds and soil","MetaData":{"CreateTime":"2015-12-09T11:12:39-08:00","LastUpdatedTime":"2015-12-09T11:12:41-08:00"}}
        """;

    public const string Invoice = """
        {"TxnDate":"2015-07-24","domain":"QBO","PrintStatus":"NeedToPrint","TotalAmt":362.07,"Line":[
          {"LineNum":1,"Amount":275.0,"SalesItemLineDetail":{"TaxCodeRef":{"value":"TAX"},"ItemRef":{"name":"Landscaping:Services","value":"1"},"Qty":5,"UnitPrice":55,"ClassRef":{"value":"200"}},"Id":"1","DetailType":"SalesItemLineDetail","Description":"Weekly gardening"},
          {"LineNum":2,"Amount":0,"Id":"2","DetailType":"DescriptionOnly","Description":"Thanks for your business","DescriptionLineDetail":{}},
          {"LineNum":3,"Amount":87.07,"SalesItemLineDetail":{"ItemRef":{"name":"Pest Control","value":"10"},"Qty":1,"UnitPrice":87.07},"Id":"3","DetailType":"SalesItemLineDetail"},
          {"DetailType":"SubTotalLineDetail","Amount":362.07,"SubTotalLineDetail":{}}],
         "DueDate":"2015-08-23","ApplyTaxAfterDiscount":false,"DocNumber":"1070","sparse":false,"CustomerMemo":{"value":"Thank you for your business and have a great day!"},
         "Deposit":0,"Balance":262.07,"CustomerRef":{"name":"Amy's Bird Sanctuary","value":"1"},"BillEmail":{"Address":"Birds@Intuit.com"},
         "SyncToken":"2","LinkedTxn":[{"TxnId":"55","TxnType":"Payment"}],"ShipAddr":{"City":"Bayshore","Line1":"4581 Finch St.","PostalCode":"94326","CountrySubDivisionCode":"CA","Id":"109"},
         "EmailStatus":"NotSet","BillAddr":{"Line1":"Amy Lauterbach","Id":"110"},"CurrencyRef":{"value":"USD"},
         "MetaData":{"CreateTime":"2015-07-24T10:33:39-07:00","LastUpdatedTime":"2015-07-24T10:35:08-07:00"},"Id":"130"}
        """;

    public const string Bill = """
        {"SyncToken":"2","domain":"QBO","APAccountRef":{"name":"Accounts Payable (A/P)","value":"33"},"VendorRef":{"name":"Norton Lumber and Building Materials","value":"46"},
         "TxnDate":"2014-11-06","TotalAmt":103.55,"CurrencyRef":{"name":"United States Dollar","value":"USD"},"PrivateNote":"Lumber for deck",
         "Line":[
          {"DetailType":"AccountBasedExpenseLineDetail","Amount":103.55,"Id":"1","AccountBasedExpenseLineDetail":{"TaxCodeRef":{"value":"TAX"},"AccountRef":{"name":"Job Expenses:Job Materials:Decks and Patios","value":"64"},"BillableStatus":"Billable","CustomerRef":{"name":"Travis Waldron","value":"26"}},"Description":"Lumber"},
          {"DetailType":"ItemBasedExpenseLineDetail","Amount":40,"Id":"2","ItemBasedExpenseLineDetail":{"ItemRef":{"value":"11","name":"Pump"},"Qty":4,"UnitPrice":10,"BillableStatus":"NotBillable"},"Description":"Pumps"}],
         "Balance":0,"DueDate":"2014-12-06","DocNumber":"56789","sparse":false,"Id":"25",
         "MetaData":{"CreateTime":"2014-11-06T15:37:25-08:00","LastUpdatedTime":"2015-02-09T10:11:11-08:00"}}
        """;

    public const string Payment = """
        {"SyncToken":"0","domain":"QBO","DepositToAccountRef":{"value":"4"},"UnappliedAmt":10.0,"TxnDate":"2015-01-16","TotalAmt":65.0,
         "ProcessPayment":false,"sparse":false,"Line":[
          {"Amount":55.0,"LineEx":{"any":[{"name":"{http://schema.intuit.com/finance/v3}NameValue","declaredType":"com.intuit.schema.finance.v3.NameValue","scope":"javax.xml.bind.JAXBElement$GlobalScope","value":{"Name":"txnId","Value":"70"},"nil":false,"globalScope":true,"typeSubstituted":false}]},"LinkedTxn":[{"TxnId":"70","TxnType":"Invoice"}]}],
         "CustomerRef":{"name":"Red Rock Diner","value":"20"},"Id":"163",
         "MetaData":{"CreateTime":"2015-01-16T15:08:12-08:00","LastUpdatedTime":"2015-01-16T15:08:12-08:00"},"CurrencyRef":{"value":"USD"}}
        """;
}
