-- The W3C trace context (traceparent, tracestate) current when the event was written, so that the relay's record
-- carries it and the consumers continue the trace of the request that made the change. Null when nothing was traced.
alter table outbox_event add column traceparent varchar(128);
alter table outbox_event add column tracestate varchar(512);
