using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SyncConsole.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SandboxActiveFlag : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "active",
                table: "sandbox_records",
                type: "boolean",
                nullable: true);

            // Objects stored before: their flag from their JSON, as SandboxRecordHeader.ActiveOf reads it.
            migrationBuilder.Sql(
                """
                UPDATE sandbox_records SET active = CASE jsonb_typeof(json::jsonb -> 'Active')
                    WHEN 'boolean' THEN (json::jsonb ->> 'Active')::boolean
                    WHEN 'string' THEN CASE lower(trim(json::jsonb ->> 'Active')) WHEN 'true' THEN true WHEN 'false' THEN false END
                END
                WHERE json LIKE '%"Active"%';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "active",
                table: "sandbox_records");
        }
    }
}
