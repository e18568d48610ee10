package org.pensionbot.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for Flyway that either lends the one connection {@link Database} already
 * holds — its {@code close()} then does nothing — or opens a new one per request.
 *
 * <p>SQLite lends: an in-memory database exists only on its own connection, and ours already
 * waits for other processes' locks (busy timeout). PostgreSQL connects afresh, because Flyway
 * holds its migration lock on one connection while it migrates on another.
 */
final class LentConnection implements DataSource {

    /** Opens a connection. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;

    private LentConnection(Connector connector) {
        this.connector = connector;
    }

    /** Hands out {@code connection} each time; closing what it hands out leaves it open. */
    static DataSource lending(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new LentConnection(() -> unclosable);
    }

    /** Opens a new connection each time. */
    static DataSource connecting(Connector connector) {
        return new LentConnection(connector);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connector.connect();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connector.connect();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
