package com.deadlinecost.ui.common;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;

/**
 * Binds {@link AppAction}s to what they do. Menu items get their label, accelerator and enablement from
 * here; actions without a menu item get their accelerator on the scene.
 */
public final class Actions {
    private final Map<AppAction, Runnable> handlers = new EnumMap<>(AppAction.class);
    private final Map<AppAction, ObservableBooleanValue> disabled = new EnumMap<>(AppAction.class);

    public Actions on(AppAction action, Runnable handler) {
        handlers.put(action, handler);
        return this;
    }

    public Actions disabledWhen(AppAction action, ObservableBooleanValue condition) {
        disabled.put(action, condition);
        return this;
    }

    /** A menu item for the action; disabled when no handler is bound. */
    public MenuItem menuItem(AppAction action, String id) {
        MenuItem item = new MenuItem(action.label());
        item.setId(id);
        if (action.keys() != null) {
            item.setAccelerator(action.keys());
        }
        Runnable handler = handlers.get(action);
        if (handler == null) {
            item.setDisable(true);
        } else {
            item.setOnAction(event -> handler.run());
            ObservableBooleanValue condition = disabled.get(action);
            if (condition != null) {
                item.disableProperty().bind(condition);
            }
        }
        return item;
    }

    /** Registers the accelerators of actions that have a handler but no menu item. */
    public void installAccelerators(Scene scene, AppAction... actions) {
        for (AppAction action : actions) {
            Runnable handler = handlers.get(action);
            if (handler != null && action.keys() != null) {
                ObservableBooleanValue condition = disabled.get(action);
                scene.getAccelerators().put(action.keys(), () -> {
                    if (condition == null || !condition.get()) {
                        handler.run();
                    }
                });
            }
        }
    }
}
