// Draws the maps: the directory's map from the list of enterprises beside it, and a profile's
// place next to its address. Without this script, or without Leaflet, the list and the address
// say everything the map would, so each map stays hidden until it is drawn.
(function () {
  "use strict";

  if (!window.L || !document.querySelector) {
    return;
  }

  // Leaflet's default marker, named by the page: the static storage may rename the pictures.
  function markerIcon(container) {
    return L.icon({
      iconUrl: container.dataset.icon,
      iconRetinaUrl: container.dataset.iconRetina,
      shadowUrl: container.dataset.iconShadow,
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
      tooltipAnchor: [16, -28],
      shadowSize: [41, 41],
    });
  }

  function point(element) {
    return L.latLng(parseFloat(element.dataset.latitude), parseFloat(element.dataset.longitude));
  }

  function newMap(container, options) {
    container.hidden = false;
    var map = L.map(container, Object.assign({
      // The page scrolls past the map; one finger on a phone scrolls the page too.
      scrollWheelZoom: false,
      dragging: !L.Browser.mobile,
    }, options));
    var tiles = L.tileLayer(container.dataset.tileUrl, {
      attribution: container.dataset.attribution,
      maxZoom: 19,
      // The tile server asks where its tiles are shown.
      referrerPolicy: "strict-origin-when-cross-origin",
    }).addTo(map);
    return { map: map, tiles: tiles };
  }

  // A popup's content, made of the list entry's own link and place: text only, never markup.
  function popupContent(item) {
    var source = item.querySelector("a");
    var place = item.querySelector(".map-list__place");
    var box = document.createElement("div");
    var name = document.createElement("a");
    name.href = source.href;
    name.textContent = source.textContent;
    box.appendChild(name);
    if (place) {
      var line = document.createElement("p");
      line.textContent = place.textContent;
      box.appendChild(line);
    }
    return box;
  }

  // A group of markers: a button that says how many enterprises it holds.
  var ClusterIcon = L.DivIcon.extend({
    createIcon: function (previous) {
      var element = L.DivIcon.prototype.createIcon.call(this, previous);
      element.setAttribute("role", "button");
      element.setAttribute("aria-label", this.options.label);
      return element;
    },
  });

  function clusterIcon(container) {
    var label = container.dataset.clusterLabel || "{count}";
    return function (cluster) {
      var count = cluster.getChildCount();
      var inner = document.createElement("div");
      var number = document.createElement("span");
      number.textContent = String(count);
      inner.appendChild(number);
      var size = count < 10 ? "small" : count < 50 ? "medium" : "large";
      return new ClusterIcon({
        html: inner,
        className: "marker-cluster marker-cluster--" + size,
        iconSize: L.point(40, 40),
        label: label.replace("{count}", String(count)),
      });
    };
  }

  // A popup opened from a focused marker takes the focus, and gives it back when it closes;
  // Escape closes it wherever the focus is inside it.
  function followFocus(map, container) {
    var opener = null;
    map.on("popupopen", function (event) {
      var active = document.activeElement;
      var element = event.popup.getElement();
      opener = active && active !== container && container.contains(active) ? active : null;
      var link = opener && element.querySelector("a[href]:not(.leaflet-popup-close-button)");
      if (link) {
        link.focus();
      }
      if (!element.dataset.escapes) {
        element.dataset.escapes = "yes";
        element.addEventListener("keydown", function (key) {
          if (key.key === "Escape") {
            key.stopPropagation();
            map.closePopup();
          }
        });
      }
    });
    map.on("popupclose", function (event) {
      var active = document.activeElement;
      var popup = event.popup.getElement();
      var lost = !active || active === document.body || (popup && popup.contains(active));
      if (opener && lost && document.contains(opener)) {
        opener.focus();
      }
      opener = null;
    });
  }

  function drawDirectoryMap(container) {
    var items = Array.from(document.querySelectorAll(".map-list__item[data-latitude]"));
    if (!items.length) {
      return;
    }
    var drawn = newMap(container, {});
    var notice = document.querySelector(".map__tile-notice");
    drawn.tiles.once("tileerror", function () {
      if (notice) {
        notice.hidden = false;
      }
    });
    var icon = markerIcon(container);
    var markers = items.map(function (item) {
      var name = item.querySelector("a").textContent;
      return L.marker(point(item), { icon: icon, alt: name, title: name }).bindPopup(popupContent(item));
    });
    var layer;
    if (L.markerClusterGroup) {
      layer = L.markerClusterGroup({
        showCoverageOnHover: false,
        maxClusterRadius: 45,
        iconCreateFunction: clusterIcon(container),
      });
      layer.addLayers(markers);
    } else {
      layer = L.featureGroup(markers);
    }
    drawn.map.addLayer(layer);
    drawn.map.fitBounds(L.latLngBounds(markers.map(function (marker) { return marker.getLatLng(); })), {
      padding: [24, 24],
      maxZoom: 13,
    });
    followFocus(drawn.map, container);
    var skip = document.querySelector(".map__skip");
    if (skip) {
      skip.hidden = false;
    }
  }

  function drawPlaceMap(container) {
    var here = point(container);
    var drawn = newMap(container, { center: here, zoom: 14 });
    L.marker(here, {
      icon: markerIcon(container),
      alt: container.dataset.name,
      interactive: false,
      keyboard: false,
    }).addTo(drawn.map);
  }

  var directory = document.getElementById("directory-map");
  if (directory) {
    drawDirectoryMap(directory);
  }
  document.querySelectorAll(".map--profile").forEach(drawPlaceMap);
})();
