using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SyncConsole.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ObservedFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "observed_ours",
                table: "sync_states",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "observed_theirs",
                table: "sync_states",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "observed_ours",
                table: "sync_states");

            migrationBuilder.DropColumn(
                name: "observed_theirs",
                table: "sync_states");
        }
    }
}
