# syntax=docker/dockerfile:1
# Build: docker build -t syncconsole .
# Run:   docker run -p 8080:8080 -v syncconsole-data:/app/data syncconsole
#        (PostgreSQL: -e Database__Provider=Postgres -e ConnectionStrings__SyncConsole="Host=...;Database=...")

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY SyncConsole.Core/SyncConsole.Core.csproj SyncConsole.Core/
COPY SyncConsole.QuickBooks/SyncConsole.QuickBooks.csproj SyncConsole.QuickBooks/
COPY SyncConsole/SyncConsole.csproj SyncConsole/
COPY SyncConsole/build/ SyncConsole/build/
RUN dotnet restore SyncConsole/SyncConsole.csproj
COPY SyncConsole.Core/ SyncConsole.Core/
COPY SyncConsole.QuickBooks/ SyncConsole.QuickBooks/
COPY SyncConsole/ SyncConsole/
COPY wwwroot-assets/ wwwroot-assets/
RUN dotnet publish SyncConsole/SyncConsole.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the health check only.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# Production by default: demo mode is off unless Demo__Enabled=true is set (and then it logs a loud warning).
# A sync node holds a page or two of records at a time: with the workstation GC it ships with (SyncConsole.csproj), a
# 192 MB managed-heap cap keeps its footprint flat (see README, Benchmarks). Raise it for many console users or huge pages.
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS=http://+:8080 \
    Database__DataDirectory=/app/data \
    DOTNET_GCHeapHardLimit=0xC000000
RUN mkdir -p /app/data && chown -R app:app /app/data
VOLUME /app/data
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "SyncConsole.dll"]
