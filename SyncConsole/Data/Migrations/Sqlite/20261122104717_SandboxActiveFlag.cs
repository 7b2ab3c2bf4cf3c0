using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SyncConsole.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            // Objects stored before: their flag from their JSON, as SandboxRecordHeader.ActiveOf reads it.
            migrationBuilder.Sql(
                """
                UPDATE sandbox_records SET active = CASE json_type(json, '$.Active')
                    WHEN 'true' THEN 1
                    WHEN 'false' THEN 0
                    WHEN 'text' THEN CASE lower(trim(json_extract(json, '$.Active'))) WHEN 'true' THEN 1 WHEN 'false' THEN 0 END
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
