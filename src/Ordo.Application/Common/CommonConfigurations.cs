using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ordo.Application.Common;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("OutboxMessages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Type).HasMaxLength(200);
        message.Property(m => m.LastError).HasMaxLength(2000);
        message.HasIndex(m => new { m.ProcessedAt, m.OccurredAt });
        message.HasIndex(m => m.LockedBy);
    }
}

internal sealed class ProcessedEventConfiguration : IEntityTypeConfiguration<Outbox.ProcessedEvent>
{
    public void Configure(EntityTypeBuilder<Outbox.ProcessedEvent> processed)
    {
        processed.ToTable("ProcessedEvents");
        processed.HasKey(p => new { p.EventId, p.Handler });
        processed.Property(p => p.Handler).HasMaxLength(300);
    }
}

internal sealed class CodeSequenceConfiguration : IEntityTypeConfiguration<CodeSequence>
{
    public void Configure(EntityTypeBuilder<CodeSequence> sequence)
    {
        sequence.ToTable("CodeSequences");
        sequence.HasKey(s => s.Key);
        sequence.Property(s => s.Key).HasMaxLength(32);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("IdempotencyRecords");
        record.HasKey(r => r.Id);
        record.Property(r => r.Key).HasMaxLength(200);
        record.Property(r => r.Method).HasMaxLength(10);
        record.Property(r => r.Path).HasMaxLength(500);
        record.Property(r => r.RequestHash).HasMaxLength(64);
        record.Property(r => r.ContentType).HasMaxLength(200);
        record.Property(r => r.Location).HasMaxLength(500);
        record.Property(r => r.ETag).HasMaxLength(100);
        record.HasIndex(r => new { r.UserId, r.Key }).IsUnique();
    }
}
