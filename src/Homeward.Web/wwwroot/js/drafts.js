// Homeward keeps what a person types into a form on this device until the server has it: a form sent while the
// connection is down is not lost. Values are saved on every change; a send that fails (offline, or the request does
// not reach the server) keeps them and offers to send again; a send the server accepted clears them. The words shown
// come from the page (#drafts data attributes, in the reader's language). A form opts out with data-no-draft.
(() => {
    'use strict';
    const prefix = 'homeward.draft.';
    const keptFor = 7 * 24 * 60 * 60 * 1000;
    const tokenField = '__idempotency';
    // The request that sends a form and has not been answered yet.
    let sending = null;

    const settings = () => document.getElementById('drafts')?.dataset ?? {};
    const owner = () => settings().owner || '';

    const read = key => {
        try { return JSON.parse(localStorage.getItem(key) ?? 'null'); } catch { return null; }
    };
    const write = (key, draft) => {
        try { localStorage.setItem(key, JSON.stringify(draft)); } catch { /* storage full or refused: nothing to keep */ }
    };
    const forget = key => localStorage.removeItem(key);

    const posts = form => form instanceof HTMLFormElement && (form.getAttribute('method') || '').toLowerCase() === 'post'
        && !form.hasAttribute('data-no-draft');
    // Only enhanced forms are answered in place, so only they can tell a send that failed from one that worked.
    const tracked = form => posts(form) && form.hasAttribute('data-enhance') && owner() !== '';

    const keyOf = form => {
        const name = form.querySelector('input[name="_handler"]')?.value || form.id || '';
        return `${prefix}${owner()}:${location.pathname}:${name}`;
    };

    // The fields a person fills in, and the form's idempotency token so that a resend is recognised by the server.
    const fields = form => Array.from(form.elements).filter(el => el.name && !el.disabled && (el.type === 'hidden'
        ? el.name === tokenField
        : !['password', 'file', 'submit', 'button', 'reset', 'image'].includes(el.type)));

    const snapshot = form => {
        const values = {};
        for (const el of fields(form)) {
            if (el.type === 'checkbox') values[`${el.name}=${el.value}`] = el.checked;
            else if (el.type === 'radio') { if (el.checked) values[el.name] = el.value; }
            else if (el.multiple) values[el.name] = Array.from(el.selectedOptions, o => o.value);
            else values[el.name] = el.value;
        }
        return values;
    };

    const apply = (form, values) => {
        for (const el of fields(form)) {
            if (el.type === 'checkbox') { const v = values[`${el.name}=${el.value}`]; if (v !== undefined) el.checked = v; }
            else if (el.type === 'radio') { if (el.name in values) el.checked = values[el.name] === el.value; }
            else if (el.multiple) { const v = values[el.name]; if (Array.isArray(v)) for (const o of el.options) o.selected = v.includes(o.value); }
            else if (el.name in values) el.value = values[el.name];
        }
    };

    const typedSomething = (form, values) => fields(form).some(el => el.type !== 'hidden') && Object.keys(values).length > 0;

    const save = (form, extra) => {
        const key = keyOf(form);
        const values = snapshot(form);
        if (!typedSomething(form, values)) return key;
        write(key, { ...read(key), ...extra, values, savedAt: Date.now() });
        return key;
    };

    const removeNotice = form => form.querySelector(':scope > .draft-notice')?.remove();

    const notice = (form, message, actionText, action) => {
        removeNotice(form);
        const box = document.createElement('div');
        box.className = 'alert alert-warning draft-notice d-flex flex-wrap align-items-center gap-2';
        box.setAttribute('role', 'alert');
        const text = document.createElement('p');
        text.className = 'mb-0';
        text.textContent = message;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'btn btn-sm btn-primary draft-action';
        button.textContent = actionText;
        button.addEventListener('click', () => action(box));
        box.append(text, button);
        form.prepend(box);
        // A form folded away in a <details> is opened, so that the notice and the kept values are seen.
        const folded = form.closest('details');
        if (folded) folded.open = true;
        return button;
    };

    const submitterOf = (form, draft) => draft?.submitter
        ? Array.from(form.querySelectorAll('[type=submit]')).find(b => b.name === draft.submitter.name && b.value === draft.submitter.value) ?? null
        : null;

    // The send failed: the values stay on this device, and the person can send them again once connected.
    const notSent = (form, key, submitter, focus = true) => {
        const draft = read(key);
        if (draft) write(key, { ...draft, failed: true });
        const button = notice(form, settings().notSent ?? '', settings().sendAgain ?? '', box => {
            box.remove();
            form.requestSubmit(submitter && form.contains(submitter) ? submitter : submitterOf(form, read(key)));
        });
        button.id = 'send-again';
        if (focus) button.focus();
    };

    // A form shown again with a draft not yet sent gets its values back.
    const restore = skip => {
        for (const form of document.querySelectorAll('form')) {
            if (!tracked(form)) continue;
            const key = keyOf(form);
            const draft = read(key);
            if (!draft || key === skip) continue;
            apply(form, draft.values ?? {});
            if (draft.failed) notSent(form, key, null, false);
            else notice(form, settings().restored ?? '', settings().discard ?? '', box => {
                box.remove();
                forget(key);
                form.reset();
            }).id = 'discard-draft';
        }
    };

    // The server answered the send: a page without a problem shown means it was accepted and the draft is done.
    const settle = () => {
        const answered = sending;
        sending = null;
        if (!answered) return null;
        const problem = document.querySelector('.alert-danger, [aria-invalid="true"], .is-invalid, [data-request-failed]');
        if (problem) {
            const draft = read(answered.key);
            if (draft) write(answered.key, { ...draft, failed: false });
        } else {
            forget(answered.key);
        }
        return answered.key;
    };

    const purge = () => {
        const now = Date.now();
        for (let i = localStorage.length - 1; i >= 0; i--) {
            const key = localStorage.key(i);
            if (key?.startsWith(prefix) && !(now - (read(key)?.savedAt ?? 0) < keptFor)) forget(key);
        }
    };

    const forgetAll = () => {
        for (let i = localStorage.length - 1; i >= 0; i--) {
            const key = localStorage.key(i);
            if (key?.startsWith(prefix)) forget(key);
        }
    };

    const onEdit = e => {
        const form = e.target?.form;
        if (tracked(form)) save(form, { failed: false });
    };
    document.addEventListener('input', onEdit, true);
    document.addEventListener('change', onEdit, true);

    // Runs before Blazor's own submit handling (capture phase), which leaves a prevented submit alone.
    document.addEventListener('submit', e => {
        const form = e.target;
        if (!(form instanceof HTMLFormElement)) return;
        if ((form.getAttribute('action') || '').endsWith('/account/logout')) { forgetAll(); return; }
        if (!posts(form)) return;
        const submitter = e.submitter ?? null;
        const key = tracked(form)
            ? save(form, { submitter: submitter?.name ? { name: submitter.name, value: submitter.value } : null })
            : null;
        if (!navigator.onLine) {
            e.preventDefault();
            e.stopImmediatePropagation();
            if (key) notSent(form, key, submitter);
            return;
        }
        removeNotice(form);
        sending = key ? { key, form, submitter } : null;
    }, true);

    // An enhanced send whose request never reached the server ends in a rejected fetch.
    window.addEventListener('unhandledrejection', e => {
        if (!sending || !(e.reason instanceof TypeError)) return;
        const { key, form, submitter } = sending;
        sending = null;
        e.preventDefault();
        if (document.contains(form)) notSent(form, key, submitter);
    });

    purge();
    restore(null);
    window.Blazor?.addEventListener('enhancedload', () => restore(settle()));
})();
