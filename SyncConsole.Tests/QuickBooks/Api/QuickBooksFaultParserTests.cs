using SyncConsole.QuickBooks.Api;

namespace SyncConsole.Tests.QuickBooks.Api;

public sealed class QuickBooksFaultParserTests
{
    [Fact]
    public void Parse_JsonStaleObjectFault_IsStaleWithCodeAndElement()
    {
        const string Body = """{"Fault":{"Error":[{"Message":"Stale Object Error","Detail":"Stale Object Error : You and root were working on this at the same time.","code":"5010","element":""}],"type":"ValidationFault"},"time":"2017-09-29T09:17:31.892-07:00"}""";

        var error = QuickBooksFaultParser.Parse(400, Body);

        Assert.Equal(QuickBooksErrorKind.Stale, error.Kind);
        Assert.Equal("5010", error.Code);
        Assert.Equal("ValidationFault", error.FaultType);
    }

    [Theory]
    [InlineData(400, "6240", QuickBooksErrorKind.Duplicate)]
    [InlineData(400, "6140", QuickBooksErrorKind.Duplicate)]
    [InlineData(400, "610", QuickBooksErrorKind.NotFound)]
    [InlineData(400, "2020", QuickBooksErrorKind.Validation)]
    [InlineData(429, "3001", QuickBooksErrorKind.Throttled)]
    [InlineData(500, "10000", QuickBooksErrorKind.Transient)]
    [InlineData(401, "3200", QuickBooksErrorKind.Authentication)]
    public void Parse_JsonFaultCodes_AreClassified(int status, string code, QuickBooksErrorKind expected)
    {
        var body = $$$"""{"Fault":{"Error":[{"Message":"m","Detail":"d","code":"{{{code}}}","element":"DisplayName"}],"type":"ValidationFault"}}""";

        var error = QuickBooksFaultParser.Parse(status, body);

        Assert.Equal(expected, error.Kind);
        Assert.Equal("DisplayName", error.Element);
    }

    [Fact]
    public void Parse_XmlThrottleFault_IsThrottled()
    {
        const string Body = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="2016-05-18T05:33:49.296-07:00">
              <Fault type="SERVICE"><Error code="3001"><Message>message=ThrottleExceeded; errorCode=003001; statusCode=403</Message><Detail>The request limit was reached.</Detail></Error></Fault>
            </IntuitResponse>
            """;

        var error = QuickBooksFaultParser.Parse(403, Body);

        Assert.Equal(QuickBooksErrorKind.Throttled, error.Kind);
        Assert.Equal("3001", error.Code);
        Assert.Equal("SERVICE", error.FaultType);
    }

    [Fact]
    public void Parse_XmlAuthenticationFault_IsAuthentication()
    {
        const string Body = """<IntuitResponse xmlns="http://schema.intuit.com/finance/v3"><Fault type="AUTHENTICATION"><Error code="100"><Message>General Authentication Error</Message><Detail>AuthenticationErrorGeneral: SRV-110-Authentication Failure , statusCode: 401</Detail></Error></Fault></IntuitResponse>""";

        var error = QuickBooksFaultParser.Parse(401, Body);

        Assert.Equal(QuickBooksErrorKind.Authentication, error.Kind);
        Assert.Equal("100", error.Code);
    }

    [Fact]
    public void Parse_PlainTextGatewayError_IsTransientAndKeepsTheText()
    {
        var error = QuickBooksFaultParser.Parse(503, "Service Unavailable");

        Assert.Equal(QuickBooksErrorKind.Transient, error.Kind);
        Assert.Contains("Service Unavailable", error.Errors[0].Message, StringComparison.Ordinal);
    }
}
