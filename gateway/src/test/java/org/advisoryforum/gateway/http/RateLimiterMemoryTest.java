package org.advisoryforum.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterMemoryTest {

    @Test
    void manyDistinctClientsNeverGrowTheTableBeyondItsBound() {
        RateLimiter limiter = new RateLimiter(5, 1_000);
        for (int i = 0; i < 20_000; i++) {
            assertThat(limiter.tryAcquire("address:10.0." + (i / 250) + "." + (i % 250)))
                    .isTrue();
        }
        assertThat(limiter.trackedClients()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void oneClientIsRefusedOverItsLimitWhileAnotherIsNot() {
        RateLimiter limiter = new RateLimiter(2, 100);
        assertThat(limiter.tryAcquire("identity:a")).isTrue();
        assertThat(limiter.tryAcquire("identity:a")).isTrue();
        assertThat(limiter.tryAcquire("identity:a")).isFalse();
        assertThat(limiter.tryAcquire("identity:b")).isTrue();
    }
}
