namespace Keepage.Core.Messaging;

/// <summary>
/// A command to send. <see cref="MessageId"/> is rebuilt from business keys (never from PHI) so the broker's
/// duplicate detection drops a resend; <see cref="ScheduledFor"/> delays delivery until then.
/// </summary>
public sealed record WorkMessage(string MessageId, WorkCommand Command, DateTimeOffset? ScheduledFor = null);
