/*
 * The article list's filters apply as soon as a box is ticked or unticked, without the "Apply
 * filters" button (kept in the page for browsers without this script, hidden here). After the new
 * page loads, the focus goes back to the same box, the "Filter" fold is opened for it and the new
 * number of articles is announced, so that a keyboard or screen-reader user carries on where they
 * were. On a wide screen the fold is always open: the filters are a column beside the results.
 */
(function () {
	'use strict';
	var form = document.querySelector('form.facets');
	if (!form) {
		return;
	}
	var panel = form.closest('details');
	var changedKey = 'library.filters.changed';
	var wide = window.matchMedia('(min-width: 56rem)');

	function openOnWideScreens() {
		if (wide.matches && panel) {
			panel.open = true;
		}
	}

	function remember(id) {
		try {
			sessionStorage.setItem(changedKey, id);
		}
		catch (e) {
			// storage refused (private mode): the filter still applies, the focus starts at the top
		}
	}

	function recall() {
		try {
			var id = sessionStorage.getItem(changedKey);
			sessionStorage.removeItem(changedKey);
			return id;
		}
		catch (e) {
			return null;
		}
	}

	function returnToChangedBox() {
		var id = recall();
		if (!id) {
			return;
		}
		var box = document.getElementById(id);
		var results = document.getElementById('results-heading');
		if (box) {
			if (panel) {
				panel.open = true;
			}
			box.focus();
		}
		else if (results) {
			// the box is gone (unticked, it would give no article): the results are the next thing to read
			results.setAttribute('tabindex', '-1');
			results.focus();
		}
		var status = form.querySelector('.filter-status');
		if (status && results) {
			// written a moment after the focus moves, so that it is read after the box's own name
			setTimeout(function () {
				status.textContent = 'Filter applied: ' + results.textContent.trim() + '.';
			}, 400);
		}
	}

	/** The form's query as submitting it would give, without empty fields (no "q=" when no words). */
	function queryOf(form) {
		var query = new URLSearchParams();
		new FormData(form).forEach(function (value, name) {
			if (value !== '') {
				query.append(name, value);
			}
		});
		var text = query.toString();
		return text ? '?' + text : '';
	}

	openOnWideScreens();
	wide.addEventListener('change', openOnWideScreens);
	var apply = form.querySelector('.apply-filters');
	if (apply) {
		apply.hidden = true;
	}
	form.addEventListener('change', function (event) {
		var box = event.target;
		if (box.type !== 'checkbox') {
			return;
		}
		remember(box.id);
		location.assign(form.action + queryOf(form));
	});
	returnToChangedBox();
}());
