using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SyncConsole.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QuickBooksSandbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sandbox_realms",
                columns: table => new
                {
                    realm_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_id = table.Column<long>(type: "bigint", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    faults = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_realms", x => x.realm_id);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_records",
                columns: table => new
                {
                    realm_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    entity = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    json = table.Column<string>(type: "text", nullable: false),
                    last_updated = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_records", x => new { x.realm_id, x.entity, x.id });
                });

            migrationBuilder.CreateTable(
                name: "sandbox_replays",
                columns: table => new
                {
                    realm_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_replays", x => new { x.realm_id, x.request_id });
                });

            migrationBuilder.CreateTable(
                name: "sandbox_tokens",
                columns: table => new
                {
                    token_hash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    client_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    realm_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    redirect_uri = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_tokens", x => x.token_hash);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_records_realm_id_last_updated",
                table: "sandbox_records",
                columns: new[] { "realm_id", "last_updated" });

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_tokens_expires_at",
                table: "sandbox_tokens",
                column: "expires_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sandbox_realms");

            migrationBuilder.DropTable(
                name: "sandbox_records");

            migrationBuilder.DropTable(
                name: "sandbox_replays");

            migrationBuilder.DropTable(
                name: "sandbox_tokens");
        }
    }
}
