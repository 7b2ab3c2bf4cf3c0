using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SyncConsole.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SandboxGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "grant_id",
                table: "sandbox_tokens",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_tokens_grant_id",
                table: "sandbox_tokens",
                column: "grant_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sandbox_tokens_grant_id",
                table: "sandbox_tokens");

            migrationBuilder.DropColumn(
                name: "grant_id",
                table: "sandbox_tokens");
        }
    }
}
