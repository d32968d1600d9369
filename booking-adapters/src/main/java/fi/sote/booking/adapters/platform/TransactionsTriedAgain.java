package fi.sote.booking.adapters.platform;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * A request's transaction that PostgreSQL aborts to break a deadlock (or as a serialization failure) is run again,
 * whole, in a new transaction, up to {@value #ATTEMPTS} times in all. Two reschedules that swap times, or a
 * reschedule meeting a group of inserts, can each hold what the other's insert waits for; the database aborts one,
 * and a moment later it goes through or is refused for a reason of its own (409). Only the outermost transaction is
 * tried again, around every method that opens one with {@code @Transactional} (REQUIRED); past the last attempt the
 * failure is a 503 {@code busy} ({@link DatabaseOutage}).
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TransactionsTriedAgain {

    static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(TransactionsTriedAgain.class);

    private final TransactionManager transactions;

    TransactionsTriedAgain(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object tryAgainWhenAborted(InvocationContext invocation) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (attempt == ATTEMPTS || !DatabaseOutage.abortedByTheDatabase(e)) {
                    throw e;
                }
                LOG.debugf(
                        "Transaction of %s aborted by the database (attempt %d); running it again",
                        invocation.getMethod().getName(), attempt);
            }
        }
    }
}
