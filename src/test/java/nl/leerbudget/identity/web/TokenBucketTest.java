package nl.leerbudget.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    @Test
    void allowsABurstUpToTheLimitThenRefusesUntilTimeRefillsIt() {
        TokenBucket bucket = new TokenBucket(3, 0);

        assertThat(bucket.take(0)).isTrue();
        assertThat(bucket.take(0)).isTrue();
        assertThat(bucket.take(0)).isTrue();
        assertThat(bucket.take(0)).isFalse();
        assertThat(bucket.take(19_999)).isFalse();
        assertThat(bucket.take(20_000)).isTrue(); // a third of a minute brings back one of three
        assertThat(bucket.take(20_000)).isFalse();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 0);

        bucket.take(0);
        assertThat(bucket.take(3_600_000)).isTrue();
        assertThat(bucket.take(3_600_000)).isTrue();
        assertThat(bucket.take(3_600_000)).isFalse();
    }
}
